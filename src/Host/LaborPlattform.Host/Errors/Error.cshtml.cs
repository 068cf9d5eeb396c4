using LaborPlattform.Host.Composition;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LaborPlattform.Host.Errors;

/// <summary>
/// The one error page for people (the API answers with problem details instead). Technical details appear
/// only in Development.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
internal sealed class ErrorPage(IWebHostEnvironment environment, IStringLocalizer<HostResource> t) : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public string? Details { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        Status = code ?? (exception is null ? StatusCodes.Status500InternalServerError : ErrorStatus.For(exception));
        Response.StatusCode = Status;
        (Title, Explanation) = Status switch
        {
            400 => (t["Die Anfrage ist fehlerhaft"], t["Bitte prüfen Sie Ihre Eingaben und versuchen Sie es erneut."]),
            401 => (t["Bitte melden Sie sich an"], t["Diese Seite ist nur für angemeldete Personen sichtbar."]),
            403 => (t["Kein Zugriff"], t["Sie haben keine Berechtigung, diese Seite zu sehen oder diese Aktion auszuführen. Wenn Sie meinen, dass das ein Irrtum ist, wenden Sie sich an die Administration."]),
            404 => (t["Seite nicht gefunden"], t["Diese Seite gibt es nicht (mehr). Vielleicht hat sich die Adresse geändert."]),
            409 => (t["Änderung nicht möglich"], exception?.Message ?? t["Der Datensatz wurde inzwischen geändert."]),
            _ => (t["Ein Fehler ist aufgetreten"], t["Bitte versuchen Sie es später erneut. Wenn der Fehler bleibt, wenden Sie sich an die Administration."]),
        };
        if (environment.IsDevelopment() && exception is not null && Status >= 500)
        {
            Details = exception.ToString();
        }
    }
}
