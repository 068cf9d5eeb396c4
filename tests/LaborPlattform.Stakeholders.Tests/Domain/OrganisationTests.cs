using LaborPlattform.Shared.Errors;
using LaborPlattform.Stakeholders.Domain;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Domain;

public sealed class OrganisationTests
{
    private static readonly Guid LabA = Guid.CreateVersion7();
    private static readonly Guid LabB = Guid.CreateVersion7();

    private static Organisation NewOrganisation(bool premises = false) => new(Guid.CreateVersion7(), new OrganisationDetails(
        "  Begegnungsstätte Findorff ", Sector.CivilSociety, OrganisationKind.CommunityCentre, "Findorffstraße 108", "28215", "Bremen", "04011000", null, premises, true, true, false), DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_name_is_trimmed_and_normalised_for_the_uniqueness_check()
    {
        var organisation = NewOrganisation();

        organisation.Name.ShouldBe("Begegnungsstätte Findorff");
        organisation.NormalizedName.ShouldBe("BEGEGNUNGSSTÄTTE FINDORFF");
        Organisation.Normalize("begegnungsstätte findorff").ShouldBe(organisation.NormalizedName);
    }

    [Fact]
    public void Setting_the_roles_of_one_lab_keeps_those_of_another_lab()
    {
        var organisation = NewOrganisation();
        organisation.SetInvolvements(LabA, [new InvolvementDetails(InvolvementRole.NetworkPartner, new DateOnly(2025, 1, 1), null)]);
        organisation.SetInvolvements(LabB, [new InvolvementDetails(InvolvementRole.Multiplier, new DateOnly(2025, 2, 1), null)]);

        organisation.SetInvolvements(LabA, [new InvolvementDetails(InvolvementRole.Venue, new DateOnly(2025, 3, 1), null)]);

        organisation.Involvements.Where(i => i.LabId == LabA).Select(i => i.Role).ShouldBe([InvolvementRole.Venue]);
        organisation.Involvements.Where(i => i.LabId == LabB).Select(i => i.Role).ShouldBe([InvolvementRole.Multiplier]);
    }

    [Fact]
    public void An_involvement_ending_before_it_starts_or_a_role_given_twice_is_refused()
    {
        var organisation = NewOrganisation();

        Should.Throw<ValidationFailedException>(() => organisation.SetInvolvements(LabA, [new InvolvementDetails(InvolvementRole.NetworkPartner, new DateOnly(2025, 5, 1), new DateOnly(2025, 4, 1))]))
            .Errors.ShouldContainKey("involvements[0].until");
        Should.Throw<ValidationFailedException>(() => organisation.SetInvolvements(LabA,
            [new InvolvementDetails(InvolvementRole.NetworkPartner, new DateOnly(2025, 5, 1), null), new InvolvementDetails(InvolvementRole.NetworkPartner, new DateOnly(2025, 6, 1), null)]))
            .Errors.ShouldContainKey("involvements[1].role");
        Should.Throw<ValidationFailedException>(() => organisation.SetInvolvements(LabA, [])).Errors.ShouldContainKey("involvements");
        organisation.Involvements.ShouldBeEmpty();
    }

    [Fact]
    public void An_organisation_is_a_venue_with_public_premises_or_the_venue_role()
    {
        NewOrganisation(premises: true).IsVenue.ShouldBeTrue();
        var office = NewOrganisation(premises: false);
        office.SetInvolvements(LabA, [new InvolvementDetails(InvolvementRole.NetworkPartner, new DateOnly(2025, 1, 1), null)]);
        office.IsVenue.ShouldBeFalse();

        office.SetInvolvements(LabA, [new InvolvementDetails(InvolvementRole.Venue, new DateOnly(2025, 1, 1), null)]);

        office.IsVenue.ShouldBeTrue();
    }

    [Fact]
    public void An_involvement_overlaps_a_period_when_it_started_before_its_end_and_did_not_end_before_its_start()
    {
        var involvement = new Involvement(Guid.NewGuid(), Guid.NewGuid(), LabA, InvolvementRole.Multiplier, new DateOnly(2025, 3, 1), new DateOnly(2025, 6, 30));

        involvement.Overlaps(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 1)).ShouldBeTrue();
        involvement.Overlaps(new DateOnly(2025, 6, 30), new DateOnly(2025, 12, 31)).ShouldBeTrue();
        involvement.Overlaps(new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31)).ShouldBeFalse();
        involvement.Overlaps(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 28)).ShouldBeFalse();
    }
}
