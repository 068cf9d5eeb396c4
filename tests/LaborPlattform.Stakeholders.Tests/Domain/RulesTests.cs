using LaborPlattform.Stakeholders.Domain;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Domain;

public sealed class RulesTests
{
    [Theory]
    [InlineData("04011000", true)]
    [InlineData("03356005", true)]
    [InlineData("0401100", false)]
    [InlineData("0401100A", false)]
    [InlineData("17011000", false)]
    [InlineData("00011000", false)]
    [InlineData("", false)]
    public void A_municipality_key_has_eight_digits_and_a_federal_state_prefix(string key, bool valid) =>
        (Rules.MunicipalityKeyProblem(key) is null).ShouldBe(valid);

    [Theory]
    [InlineData("erika.mustermann@example.org", true)]
    [InlineData("e@beispiel.de", true)]
    [InlineData("erika@beispiel", false)]
    [InlineData("erika@@beispiel.de", false)]
    [InlineData("Erika <erika@beispiel.de>", false)]
    [InlineData("erika@beispiel.de, max@beispiel.de", false)]
    [InlineData("erika beispiel.de", false)]
    [InlineData("erika@beispiel.", false)]
    public void An_email_address_is_one_plain_address_with_a_dotted_domain(string email, bool valid) =>
        Rules.IsEmail(email).ShouldBe(valid);

    [Theory]
    [InlineData("0421 361-0", true)]
    [InlineData("+49 421 3610", true)]
    [InlineData("(0471) 590-2000", true)]
    [InlineData("04298/9290", true)]
    [InlineData("12345", false)]
    [InlineData("0421 361-0 ext. 5", false)]
    [InlineData("+49 (0) 421 1234 5678 9012 34", false)]
    [InlineData("null-vier-zwei-eins", false)]
    public void A_phone_number_is_written_with_digits_and_common_separators(string phone, bool valid) =>
        Rules.IsPhone(phone).ShouldBe(valid);

    [Theory]
    [InlineData("https://www.bremen.de", true)]
    [InlineData("http://example.org/pfad", true)]
    [InlineData("www.bremen.de", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("ftp://example.org", false)]
    [InlineData("https://localhost", false)]
    public void A_website_is_an_absolute_http_address(string url, bool valid) =>
        Rules.IsWebsite(url).ShouldBe(valid);

    [Theory]
    [InlineData("Zivilgesellschaft", "CivilSociety")]
    [InlineData("civilsociety", "CivilSociety")]
    [InlineData("Medien", "Media")]
    public void Codes_and_german_names_are_understood(string text, string expected) =>
        Names.Parse<Sector>(text, Names.Name).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("3")]
    [InlineData("Kirche")]
    [InlineData("")]
    public void Numbers_and_unknown_names_are_not(string text) =>
        Names.Parse<Sector>(text, Names.Name).ShouldBeNull();
}
