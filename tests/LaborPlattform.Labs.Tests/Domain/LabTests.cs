using LaborPlattform.Labs.Domain;
using LaborPlattform.Labs.AddTeachingLink;
using LaborPlattform.Shared.Errors;
using Shouldly;
using Xunit;

namespace LaborPlattform.Labs.Tests.Domain;

public sealed class LabTests
{
    private static Lab NewLab() => new(
        Guid.CreateVersion7(),
        "bremen-bremerhaven",
        Guid.CreateVersion7(),
        new LabDetails("Bremen/Bremerhaven", "Digitale Teilhabe älterer Menschen", "HB", new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31), []),
        DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_municipality_can_be_a_member_of_a_lab_only_once()
    {
        var lab = NewLab();
        lab.AddMunicipality("04011000", "Stadtgemeinde Bremen", MunicipalityKind.CityState, ConsortiumRole.Lead);

        var refused = Should.Throw<ValidationFailedException>(() =>
            lab.AddMunicipality("04011000", "Bremen (doppelt)", MunicipalityKind.City, ConsortiumRole.Partner));

        refused.Errors.ShouldContainKey("municipalityKey");
        lab.Municipalities.Count.ShouldBe(1);
    }

    [Fact]
    public void A_consortium_has_only_one_lead_municipality()
    {
        var lab = NewLab();
        lab.AddMunicipality("04011000", "Stadtgemeinde Bremen", MunicipalityKind.CityState, ConsortiumRole.Lead);

        var refused = Should.Throw<ValidationFailedException>(() =>
            lab.AddMunicipality("04012000", "Stadt Bremerhaven", MunicipalityKind.City, ConsortiumRole.Lead));

        refused.Errors.ShouldContainKey("role");
    }

    [Fact]
    public void The_lead_can_pass_to_another_member_once_the_old_lead_is_a_partner()
    {
        var lab = NewLab();
        lab.AddMunicipality("04011000", "Stadtgemeinde Bremen", MunicipalityKind.CityState, ConsortiumRole.Lead);
        lab.AddMunicipality("04012000", "Stadt Bremerhaven", MunicipalityKind.City, ConsortiumRole.Partner);

        lab.UpdateMunicipality("04011000", "Stadtgemeinde Bremen", MunicipalityKind.CityState, ConsortiumRole.Partner);
        lab.UpdateMunicipality("04012000", "Stadt Bremerhaven", MunicipalityKind.City, ConsortiumRole.Lead);

        lab.Municipalities.Single(m => m.Role == ConsortiumRole.Lead).Key.ShouldBe("04012000");
    }

    [Fact]
    public void An_archived_lab_refuses_every_change()
    {
        var lab = NewLab();
        lab.Archive(DateTimeOffset.UnixEpoch);

        Should.Throw<ConflictException>(() => lab.AddMunicipality("04011000", "Bremen", MunicipalityKind.CityState, ConsortiumRole.Lead))
            .Code.ShouldBe(ConflictException.ReadOnlyCode);
        Should.Throw<ConflictException>(() => lab.AddUniversity("Hochschule Bremen"));
        Should.Throw<ConflictException>(() => lab.Archive(DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Editing_cannot_archive_a_lab()
    {
        var lab = NewLab();
        var details = new LabDetails(lab.Name, lab.ShortDescription, lab.FederalStateCode, lab.FundingStart, lab.FundingEnd, []);

        Should.Throw<ValidationFailedException>(() => lab.Edit(details, LabStatus.Archived)).Errors.ShouldContainKey("status");
        lab.Status.ShouldBe(LabStatus.Active);
    }

    [Theory]
    [InlineData("Bremen/Bremerhaven", "bremen-bremerhaven")]
    [InlineData("Labor Görlitz – Zittau", "labor-goerlitz-zittau")]
    [InlineData("  Straße der Demokratie  ", "strasse-der-demokratie")]
    public void The_url_name_of_a_lab_is_readable(string name, string slug) => Lab.SlugFor(name).ShouldBe(slug);

    [Theory]
    [InlineData("WiSe 2025/26", true)]
    [InlineData("WiSe 1999/00", true)]
    [InlineData("SoSe 2026", true)]
    [InlineData("WiSe 2025/27", false)]
    [InlineData("WiSe 2025", false)]
    [InlineData("SoSe 2026/27", false)]
    [InlineData("Winter 2025", false)]
    public void A_term_is_a_winter_or_summer_semester(string term, bool valid) => TermRules.IsTerm(term).ShouldBe(valid);
}
