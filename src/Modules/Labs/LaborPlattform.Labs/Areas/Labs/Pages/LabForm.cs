using LaborPlattform.Labs.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Labs.Areas.Labs.Pages;

/// <summary>What the shared lab fields (<c>_LabFields</c>) need from the create and edit pages.</summary>
internal interface ILabForm
{
    IStringLocalizer<LabsResource> T { get; }

    LabInput Input { get; }

    IReadOnlyList<SelectListItem> StateItems { get; }

    IReadOnlyList<SelectListItem> ThemeItems { get; }
}

/// <summary>Base of the create and edit pages: the lab fields and their choice lists.</summary>
internal abstract class LabFormModel<TInput>(ISender sender, IStringLocalizer<LabsResource> t) : PageModel, ILabForm
    where TInput : LabInput, new()
{
    public IStringLocalizer<LabsResource> T { get; } = t;

    protected ISender Sender { get; } = sender;

    [BindProperty]
    public TInput Input { get; set; } = new();

    LabInput ILabForm.Input => Input;

    public IReadOnlyList<SelectListItem> StateItems { get; } = LabTextsUi.FederalStateItems();

    public IReadOnlyList<SelectListItem> ThemeItems { get; private set; } = [];

    protected async Task LoadChoicesAsync(CancellationToken ct) =>
        ThemeItems = (await Sender.Send(new GetThemes(), ct)).Select(x => new SelectListItem(x.Name, x.Id.ToString())).ToList();
}

internal class LabInput
{
    public string Name { get; set; } = string.Empty;

    public string ShortDescription { get; set; } = string.Empty;

    public string FederalStateCode { get; set; } = string.Empty;

    public DateOnly? FundingStart { get; set; }

    public DateOnly? FundingEnd { get; set; }

    public List<Guid> ThemeIds { get; set; } = [];
}
