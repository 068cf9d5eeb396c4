namespace LaborPlattform.Shared.Messaging;

/// <summary>Turns C# property paths into the camelCase field names that API clients and forms use.</summary>
public static class FieldNames
{
    /// <example><c>Municipalities[1].MunicipalityKey</c> becomes <c>municipalities[1].municipalityKey</c>.</example>
    public static string ToClient(string propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return string.Empty;
        }

        var segments = propertyPath.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            if (s.Length > 0 && char.IsUpper(s[0]))
            {
                segments[i] = string.Concat(char.ToLowerInvariant(s[0]).ToString(), s.AsSpan(1));
            }
        }

        return string.Join('.', segments);
    }

    /// <summary>The inverse, for mapping API field names back to form fields (<c>Input.Name</c>).</summary>
    public static string ToProperty(string clientField)
    {
        if (string.IsNullOrEmpty(clientField))
        {
            return string.Empty;
        }

        var segments = clientField.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            if (s.Length > 0 && char.IsLower(s[0]))
            {
                segments[i] = string.Concat(char.ToUpperInvariant(s[0]).ToString(), s.AsSpan(1));
            }
        }

        return string.Join('.', segments);
    }
}
