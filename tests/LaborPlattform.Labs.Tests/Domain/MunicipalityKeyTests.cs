using LaborPlattform.Labs.Domain;
using Shouldly;
using Xunit;

namespace LaborPlattform.Labs.Tests.Domain;

public sealed class MunicipalityKeyTests
{
    [Theory]
    [InlineData("04011000")] // Stadtgemeinde Bremen
    [InlineData("04012000")] // Bremerhaven
    [InlineData("11000000")] // Berlin
    [InlineData("03356005")]
    public void A_key_of_eight_digits_starting_with_a_federal_state_is_valid(string key) =>
        MunicipalityKey.Problem(key).ShouldBeNull();

    [Theory]
    [InlineData("")]
    [InlineData("0401100")]
    [InlineData("040110000")]
    [InlineData("0401100A")]
    [InlineData("04 011 000")]
    public void A_key_that_is_not_exactly_eight_digits_is_refused(string key) =>
        MunicipalityKey.Problem(key).ShouldNotBeNull();

    [Theory]
    [InlineData("00011000")]
    [InlineData("17011000")]
    [InlineData("99999999")]
    public void A_key_that_does_not_start_with_a_federal_state_code_is_refused(string key) =>
        MunicipalityKey.Problem(key)!.ShouldContain("Bundeslandes");

    [Fact]
    public void A_county_key_must_end_in_000()
    {
        MunicipalityKey.Problem("03356000", MunicipalityKind.County).ShouldBeNull();
        MunicipalityKey.Problem("03356005", MunicipalityKind.County)!.ShouldContain("Landkreis");
    }
}
