using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace LaborPlattform.Workshops.Common;

/// <summary>
/// Reads a JSON body that must contain nothing but the fields of <typeparamref name="T"/>. Used where personal data
/// must not get in: an outcome counts participants and never names them, so a body that carries any field the
/// outcome does not have — <c>participantNames</c>, <c>attendees</c>, a <c>name</c> inside a follow-up — is refused
/// with the field named, instead of the usual silent ignoring of unknown fields (ADR 6).
/// </summary>
/// <remarks>
/// System.Text.Json does the strictness (<see cref="Options"/>): unknown fields, a field sent twice, a missing
/// required constructor parameter and null for a non-nullable one all fail. What remains here is the platform's
/// part: the field's name in the API's spelling (<c>followUps[0].ownerName</c>), German messages, and the privacy
/// rule that a field whose name suggests a person — also inside a value sent where a count belongs
/// (<c>"participants": [{ "name": … }]</c>) — gets a message that says why. The serializer stops at the first problem,
/// so one field is named per request.
/// </remarks>
internal static partial class StrictJson
{
    public const string NamesMessage = "Teilnehmende werden nur gezählt, nie mit Namen oder anderen persönlichen Angaben erfasst. Dieses Feld nimmt die Plattform nicht an.";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

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
            try
            {
                return document.Deserialize<T>(Options) ?? throw new ValidationFailedException(string.Empty, "Bitte senden Sie ein JSON-Objekt.");
            }
            catch (JsonException ex)
            {
                throw Refusal(document.RootElement, typeof(T), ex.Path);
            }
        }
    }

    /// <summary>Says which field the serializer refused (<paramref name="jsonPath"/>, e.g. <c>$.followUps[0].ownerName</c>) and why.</summary>
    private static ValidationFailedException Refusal(JsonElement root, Type type, string? jsonPath)
    {
        var path = jsonPath is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : string.Empty;
        var errors = new List<(string Field, string Message)>();
        var value = Find(root, path);
        if (value is { ValueKind: JsonValueKind.Object or JsonValueKind.Array } container)
        {
            PersonalFieldsIn(container, path, errors);
        }

        if (errors.Count == 0 && value is { ValueKind: JsonValueKind.Object } item && TypeAt(type, path) is { } itemType)
        {
            // A required field left out: the serializer names the object, the person needs the field.
            foreach (var missing in Options.GetTypeInfo(itemType).Properties
                         .Where(p => p.AssociatedParameter is { HasDefaultValue: false } && !Has(item, p.Name)))
            {
                errors.Add((path.Length == 0 ? missing.Name : $"{path}.{missing.Name}", "Bitte geben Sie dieses Feld an."));
            }
        }

        if (errors.Count == 0)
        {
            errors.Add((path, path.Length == 0 ? "Bitte senden Sie ein JSON-Objekt mit den Feldern des Ergebnisses."
                : LooksPersonal(LastName(path)) ? NamesMessage
                : TypeAt(type, path) is null ? "Dieses Feld gibt es nicht. Erlaubt sind nur die Felder des Ergebnisses."
                : Find(root, Parent(path)) is { ValueKind: JsonValueKind.Object } parent && parent.EnumerateObject().Count(f => string.Equals(f.Name, LastName(path), StringComparison.OrdinalIgnoreCase)) > 1
                    ? "Dieses Feld steht mehrfach im Inhalt. Bitte senden Sie jedes Feld nur einmal."
                : "Dieser Wert hat nicht die erwartete Form (Zahl, Text, Datum JJJJ-MM-TT oder Liste)."));
        }

        return new ValidationFailedException(errors.GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
    }

    private static bool Has(JsonElement item, string name) =>
        item.EnumerateObject().Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string Parent(string path) =>
        path.LastIndexOf('.') is var dot and > 0 ? path[..dot] : string.Empty;

    /// <summary>
    /// The type of the field at <paramref name="path"/> in <paramref name="type"/> (list items for lists), from the
    /// serializer's own metadata; null when a name on the way is no field.
    /// </summary>
    private static Type? TypeAt(Type type, string path)
    {
        type = Item(type);
        foreach (var name in Names(path))
        {
            var info = Options.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object
                || info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } property)
            {
                return null;
            }

            type = Item(property.PropertyType);
        }

        return type;
    }

    private static Type Item(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type != typeof(string) && type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable
            ? Item(enumerable.GetGenericArguments()[0])
            : type;
    }

    private static JsonElement? Find(JsonElement element, string path)
    {
        foreach (Match step in Step().Matches(path))
        {
            if (step.Groups["index"].Success)
            {
                var index = int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                {
                    return null;
                }

                element = element[index];
            }
            else if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step.Groups["name"].Value, out element))
            {
                return null;
            }
        }

        return element;
    }

    private static void PersonalFieldsIn(JsonElement element, string path, List<(string Field, string Message)> errors)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                PersonalFieldsIn(item, $"{path}[{index++}]", errors);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in element.EnumerateObject())
            {
                var fieldPath = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
                if (LooksPersonal(field.Name))
                {
                    errors.Add((fieldPath, NamesMessage));
                }
                else
                {
                    PersonalFieldsIn(field.Value, fieldPath, errors);
                }
            }
        }
    }

    private static IEnumerable<string> Names(string path) =>
        Step().Matches(path).Where(m => m.Groups["name"].Success).Select(m => m.Groups["name"].Value);

    private static string LastName(string path) => Names(path).LastOrDefault() ?? string.Empty;

    public static bool LooksPersonal(string field) => PersonalField().IsMatch(field);

    [GeneratedRegex(@"(?<name>[^.\[\]]+)|\[(?<index>\d+)\]")]
    private static partial Regex Step();

    [GeneratedRegex("name|attendee|teilnehmer|person|people|email|e-mail|mail|phone|telefon|address|adresse|birth|geburt", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonalField();
}
