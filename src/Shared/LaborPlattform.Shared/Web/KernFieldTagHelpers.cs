using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using LaborPlattform.Shared.Localization;

namespace LaborPlattform.Shared.Web;

/// <summary>
/// Form fields in KERN UX markup with what accessible forms need and every module would otherwise repeat:
/// a label bound to the field, an optional hint, the error message next to the field (linked by
/// <c>aria-describedby</c>, flagged by <c>aria-invalid</c>) and the value the user typed kept after an error.
/// </summary>
public abstract class KernFieldTagHelperBase : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    [HtmlAttributeName("label")]
    public string Label { get; set; } = string.Empty;

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Marks the field as optional in its label ("optional"); required fields carry no marker, as KERN advises.</summary>
    [HtmlAttributeName("optional")]
    public bool Optional { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected string Name => For.Name;

    /// <summary>The shared UI texts (German keys, translations in <c>Resources/Localization/SharedResource.*.resx</c>).</summary>
    protected IStringLocalizer T => ViewContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    protected string Id => TagBuilder.CreateSanitizedId(For.Name, "_");

    protected string[] Errors =>
        ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).ToArray()
            : [];

    protected string? AttemptedValue =>
        ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) ? entry.AttemptedValue : null;

    protected string? DescribedBy(bool hasErrors)
    {
        var ids = new List<string>(2);
        if (!string.IsNullOrEmpty(Hint))
        {
            ids.Add(Id + "-hint");
        }

        if (hasErrors)
        {
            ids.Add(Id + "-error");
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    protected TagBuilder LabelTag(string forId, string tagName = "label")
    {
        var label = new TagBuilder(tagName);
        label.AddCssClass("kern-label");
        if (tagName == "label")
        {
            label.Attributes["for"] = forId;
        }

        label.InnerHtml.Append(Label);
        if (Optional)
        {
            var optional = new TagBuilder("span");
            optional.AddCssClass("kern-label__optional");
            optional.InnerHtml.Append(" – " + T["optional"]);
            label.InnerHtml.AppendHtml(optional);
        }

        return label;
    }

    protected void AppendHintAndErrors(IHtmlContentBuilder content, string[] errors)
    {
        if (!string.IsNullOrEmpty(Hint))
        {
            var hint = new TagBuilder("div");
            hint.AddCssClass("kern-hint");
            hint.Attributes["id"] = Id + "-hint";
            hint.InnerHtml.Append(Hint);
            content.AppendHtml(hint);
        }

        if (errors.Length > 0)
        {
            var error = new TagBuilder("p");
            error.AddCssClass("kern-error");
            error.Attributes["id"] = Id + "-error";
            var prefix = new TagBuilder("span");
            prefix.AddCssClass("kern-sr-only");
            prefix.InnerHtml.Append(T["Fehler"] + ": ");
            error.InnerHtml.AppendHtml(prefix);
            error.InnerHtml.Append(string.Join(" ", errors));
            content.AppendHtml(error);
        }
    }

    protected static string? FormatValue(object? value, string type) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateTime dt when type == "datetime-local" => dt.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        double f => f.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>
/// <c>&lt;kern-input asp-for="Input.Name" label="Name" /&gt;</c>; <c>type</c> may be text, email, url, tel,
/// number, date, time, datetime-local, password, textarea or select (with <c>asp-items</c>).
/// </summary>
[HtmlTargetElement("kern-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class KernInputTagHelper : KernFieldTagHelperBase
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>For selects: the text of an empty first option ("Bitte wählen"); none when null.</summary>
    [HtmlAttributeName("placeholder-option")]
    public string? PlaceholderOption { get; set; }

    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [HtmlAttributeName("min")]
    public string? Min { get; set; }

    [HtmlAttributeName("max")]
    public string? Max { get; set; }

    [HtmlAttributeName("step")]
    public string? Step { get; set; }

    [HtmlAttributeName("maxlength")]
    public int? MaxLength { get; set; }

    /// <summary>Narrow field for short values such as a postcode or an AGS (KERN width modifier 2 or 4).</summary>
    [HtmlAttributeName("width")]
    public int? Width { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = Errors;
        var hasErrors = errors.Length > 0;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", hasErrors ? "kern-form-input kern-form-input--error" : "kern-form-input");

        var content = new HtmlContentBuilder();
        content.AppendHtml(LabelTag(Id));
        AppendHintAndErrors(content, errors);

        var value = AttemptedValue ?? FormatValue(For.Model, Type);
        TagBuilder field;
        switch (Type)
        {
            case "textarea":
                field = new TagBuilder("textarea");
                field.AddCssClass("kern-form-input__input");
                field.Attributes["rows"] = Rows.ToString(CultureInfo.InvariantCulture);
                field.InnerHtml.Append(value ?? string.Empty);
                break;
            case "select":
                field = new TagBuilder("select");
                field.AddCssClass("kern-form-input__select");
                if (PlaceholderOption is not null)
                {
                    var empty = new TagBuilder("option");
                    empty.Attributes["value"] = string.Empty;
                    empty.InnerHtml.Append(PlaceholderOption);
                    field.InnerHtml.AppendHtml(empty);
                }

                foreach (var item in Items ?? [])
                {
                    var option = new TagBuilder("option");
                    option.Attributes["value"] = item.Value;
                    if (string.Equals(item.Value, value, StringComparison.OrdinalIgnoreCase) || (value is null && item.Selected))
                    {
                        option.Attributes["selected"] = "selected";
                    }

                    option.InnerHtml.Append(item.Text);
                    field.InnerHtml.AppendHtml(option);
                }

                break;
            default:
                field = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
                field.AddCssClass("kern-form-input__input");
                field.Attributes["type"] = Type;
                if (value is not null && Type != "password")
                {
                    field.Attributes["value"] = value;
                }

                break;
        }

        if (hasErrors)
        {
            field.AddCssClass(Type == "select" ? "kern-form-input__select--error" : "kern-form-input__input--error");
            field.Attributes["aria-invalid"] = "true";
        }

        if (Width is 2 or 4 && Type is not ("select" or "textarea"))
        {
            field.AddCssClass($"kern-form-input__input--width-{Width}");
        }

        field.Attributes["id"] = Id;
        field.Attributes["name"] = Name;
        SetIfPresent(field, "aria-describedby", DescribedBy(hasErrors));
        SetIfPresent(field, "autocomplete", Autocomplete);
        SetIfPresent(field, "inputmode", InputMode);
        SetIfPresent(field, "min", Min);
        SetIfPresent(field, "max", Max);
        SetIfPresent(field, "step", Step);
        SetIfPresent(field, "maxlength", MaxLength?.ToString(CultureInfo.InvariantCulture));
        if (!Optional && Type is not ("select" or "textarea"))
        {
            field.Attributes["aria-required"] = "true";
        }

        if (Type == "select")
        {
            var wrapper = new TagBuilder("div");
            wrapper.AddCssClass("kern-form-input__select-wrapper");
            wrapper.InnerHtml.AppendHtml(field);
            content.AppendHtml(wrapper);
        }
        else
        {
            content.AppendHtml(field);
        }

        output.Content.SetHtmlContent(content);
    }

    private static void SetIfPresent(TagBuilder tag, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            tag.Attributes[name] = value;
        }
    }
}

/// <summary>A single yes/no checkbox bound to a bool (<c>&lt;kern-checkbox asp-for="Input.Published" label="…" /&gt;</c>).</summary>
[HtmlTargetElement("kern-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class KernCheckboxTagHelper : KernFieldTagHelperBase
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = Errors;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Length > 0 ? "kern-form-check kern-form-check--error" : "kern-form-check");

        var attempted = AttemptedValue;
        var isChecked = attempted is not null
            ? attempted.Split(',').Contains("true", StringComparer.OrdinalIgnoreCase)
            : For.Model is true;

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("kern-form-check__checkbox");
        input.Attributes["type"] = "checkbox";
        input.Attributes["id"] = Id;
        input.Attributes["name"] = Name;
        input.Attributes["value"] = "true";
        if (isChecked)
        {
            input.Attributes["checked"] = "checked";
        }

        var describedBy = DescribedBy(errors.Length > 0);
        if (describedBy is not null)
        {
            input.Attributes["aria-describedby"] = describedBy;
        }

        // Unchecked boxes are not posted; the hidden field makes "false" explicit.
        var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        hidden.Attributes["type"] = "hidden";
        hidden.Attributes["name"] = Name;
        hidden.Attributes["value"] = "false";

        var content = new HtmlContentBuilder();
        content.AppendHtml(input);
        content.AppendHtml(LabelTag(Id));
        AppendHintAndErrors(content, errors);
        content.AppendHtml(hidden);
        output.Content.SetHtmlContent(content);
    }
}

/// <summary>
/// A group of checkboxes or radio buttons in a fieldset with legend (<c>&lt;kern-choices asp-for="Input.ThemeIds"
/// label="Themen" asp-items="…" multiple="true" /&gt;</c>); binds to a list (checkboxes) or a single value (radios).
/// </summary>
[HtmlTargetElement("kern-choices", TagStructure = TagStructure.WithoutEndTag)]
public sealed class KernChoicesTagHelper : KernFieldTagHelperBase
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [HtmlAttributeName("multiple")]
    public bool Multiple { get; set; } = true;

    [HtmlAttributeName("horizontal")]
    public bool Horizontal { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = Errors;
        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Length > 0 ? "kern-fieldset kern-fieldset--error" : "kern-fieldset");
        output.Attributes.SetAttribute("id", Id);
        var describedBy = DescribedBy(errors.Length > 0);
        if (describedBy is not null)
        {
            output.Attributes.SetAttribute("aria-describedby", describedBy);
        }

        var selected = SelectedValues();
        var content = new HtmlContentBuilder();
        content.AppendHtml(LabelTag(Id, "legend"));
        AppendHintAndErrors(content, errors);

        var body = new TagBuilder("div");
        body.AddCssClass(Horizontal ? "kern-fieldset__body kern-fieldset__body--horizontal" : "kern-fieldset__body");
        var index = 0;
        foreach (var item in Items)
        {
            var optionId = $"{Id}_{index++}";
            var check = new TagBuilder("div");
            check.AddCssClass("kern-form-check");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.AddCssClass(Multiple ? "kern-form-check__checkbox" : "kern-form-check__radio");
            input.Attributes["type"] = Multiple ? "checkbox" : "radio";
            input.Attributes["id"] = optionId;
            input.Attributes["name"] = Name;
            input.Attributes["value"] = item.Value;
            if (selected.Contains(item.Value))
            {
                input.Attributes["checked"] = "checked";
            }

            var label = new TagBuilder("label");
            label.AddCssClass("kern-label");
            label.Attributes["for"] = optionId;
            label.InnerHtml.Append(item.Text);
            check.InnerHtml.AppendHtml(input);
            check.InnerHtml.AppendHtml(label);
            body.InnerHtml.AppendHtml(check);
        }

        content.AppendHtml(body);
        output.Content.SetHtmlContent(content);
    }

    private HashSet<string> SelectedValues()
    {
        var attempted = AttemptedValue;
        if (attempted is not null)
        {
            return new HashSet<string>(attempted.Split(',', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        }

        var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        switch (For.Model)
        {
            case null:
                break;
            case string s:
                values.Add(s);
                break;
            case System.Collections.IEnumerable list:
                foreach (var v in list)
                {
                    if (FormatValue(v, "text") is { } text)
                    {
                        values.Add(text);
                    }
                }

                break;
            default:
                if (FormatValue(For.Model, "text") is { } single)
                {
                    values.Add(single);
                }

                break;
        }

        foreach (var item in Items.Where(i => i.Selected && For.Model is null))
        {
            values.Add(item.Value);
        }

        return values;
    }
}
