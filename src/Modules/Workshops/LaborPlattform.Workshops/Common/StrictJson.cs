using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using LaborPlattform.Shared.Errors;

namespace LaborPlattform.Workshops.Common;

/// <summary>
/// Reads a JSON body that must contain nothing but the fields of <typeparamref name="T"/>. Used where personal data
/// must not get in: an outcome counts participants and never names them, so a body that carries any field the
/// outcome does not have — <c>participantNames</c>, <c>attendees</c>, a <c>name</c> inside a follow-up — is refused
/// as a whole with the field named, instead of the usual silent ignoring of unknown fields (ADR 6). Fields whose
/// name suggests a person get a message that says why.
/// </summary>
internal static partial class StrictJson
{
    public const string NamesMessage = "Teilnehmende werden nur gezählt, nie mit Namen oder anderen persönlichen Angaben erfasst. Dieses Feld nimmt die Plattform nicht an.";

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<T> ReadAsync<T>(Stream body, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, default, ct);
        }
        catch (JsonException)
        {
            throw new ValidationFailedException(string.Empty, "Der Inhalt ist kein gültiges JSON.");
        }

        using (document)
        {
            var errors = new ValidationErrors();
            Check(document.RootElement, typeof(T), string.Empty, errors);
            errors.ThrowIfAny();
            try
            {
                return document.Deserialize<T>(Web) ?? throw new ValidationFailedException(string.Empty, "Bitte senden Sie ein JSON-Objekt.");
            }
            catch (JsonException ex)
            {
                var field = ex.Path is { Length: > 2 } path ? path[2..] : string.Empty;
                throw new ValidationFailedException(field, "Dieser Wert hat nicht die erwartete Form (Zahl, Text, Datum JJJJ-MM-TT oder Liste).");
            }
        }
    }

    /// <summary>Collects every field of <paramref name="element"/> that <paramref name="type"/> does not declare.</summary>
    public static void Check(JsonElement element, Type type, string path, ValidationErrors errors)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (IsScalar(type))
        {
            // A count sent as a list of people ("participants": [{ "name": … }]) is refused for the names in it.
            if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                ContainsPersonalField(element, path, errors);
            }

            return;
        }

        if (ElementType(type) is { } itemType)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                return;
            }

            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Check(item, itemType, $"{path}[{index++}]", errors);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var field in element.EnumerateObject())
        {
            var fieldPath = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            if (!properties.TryGetValue(field.Name, out var property))
            {
                errors.Add(fieldPath, LooksPersonal(field.Name) ? NamesMessage : "Dieses Feld gibt es nicht. Erlaubt sind nur die Felder des Ergebnisses.");
                continue;
            }

            Check(field.Value, property.PropertyType, fieldPath, errors);
        }
    }

    private static bool ContainsPersonalField(JsonElement element, string path, ValidationErrors errors)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            var found = false;
            foreach (var item in element.EnumerateArray())
            {
                found |= ContainsPersonalField(item, $"{path}[{index++}]", errors);
            }

            return found;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var any = false;
        foreach (var field in element.EnumerateObject())
        {
            var fieldPath = $"{path}.{field.Name}";
            if (LooksPersonal(field.Name))
            {
                errors.Add(fieldPath, NamesMessage);
                any = true;
            }
            else
            {
                any |= ContainsPersonalField(field.Value, fieldPath, errors);
            }
        }

        return any;
    }

    public static bool LooksPersonal(string field) => PersonalField().IsMatch(field);

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset);

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.GetInterfaces().Append(type)
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(i => i.GetGenericArguments()[0])
            .FirstOrDefault();
    }

    [GeneratedRegex("name|attendee|teilnehmer|person|people|email|e-mail|mail|phone|telefon|address|adresse|birth|geburt", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonalField();
}
