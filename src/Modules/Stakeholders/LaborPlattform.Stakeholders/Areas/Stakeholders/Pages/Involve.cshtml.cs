using LaborPlattform.Stakeholders.Contracts;
using LaborPlattform.Stakeholders.ManageOrganisations;
using LaborPlattform.Stakeholders.ReadOrganisations;

namespace LaborPlattform.Stakeholders.Areas.Stakeholders.Pages;

/// <summary>Finds an organisation another lab recorded and involves it in this lab with a role.</summary>
[Authorize(Policy = Policies.ContributeToLab)]
internal sealed class InvolveModel(ISender sender, IAuthorizationService authorization, IStringLocalizer<StakeholdersResource> t, TimeProvider time)
    : LabPageModel<StakeholdersResource>(sender, authorization, t)
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    public bool Searched => !string.IsNullOrWhiteSpace(Name);

    public IReadOnlyList<OrganisationSummary> Found { get; private set; } = [];

    public IReadOnlyList<SelectListItem> RoleItems { get; } = StakeholderTextsUi.Items<InvolvementRole>(Names.Name);

    public DateOnly Today => Shared.Time.Berlin.Today(time);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadLabAsync(ct))
        {
            return NotFound();
        }

        if (IsArchived)
        {
            return Redirect($"/intern/labore/{LabId}/organisationen");
        }

        if (Searched && Name!.Trim().Length < 3)
        {
            ModelState.AddModelError(nameof(Name), T["Bitte geben Sie mindestens 3 Zeichen ein."]);
        }

        Found = await Sender.Send(new FindOrganisationsToInvolve(LabId, Name ?? string.Empty), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, string? role, DateOnly? since, CancellationToken ct)
    {
        try
        {
            var organisation = await Sender.Send(new GetOrganisationsByIds([organisationId]), ct);
            var version = await Sender.Send(new GetOrganisationVersion(organisationId), ct) ?? throw new NotFoundException("Organisation", organisationId);
            await Sender.Send(new InvolveOrganisation(LabId, organisationId, version, [new InvolvementInput(role ?? string.Empty, since)]), ct);
            TempData["Status"] = T["„{0}“ ist jetzt an diesem Labor beteiligt.", organisation.Single().Name].Value;
            return Redirect($"/intern/labore/{LabId}/organisationen/{organisationId}");
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var message in invalid.Errors.Values.SelectMany(m => m))
            {
                ModelState.AddModelError(string.Empty, message);
            }
        }
        catch (ConflictException conflict)
        {
            ModelState.AddModelError(string.Empty, conflict.Message);
        }

        return await OnGetAsync(ct);
    }
}
