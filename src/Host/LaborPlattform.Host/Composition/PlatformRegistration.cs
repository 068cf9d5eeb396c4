using System.Globalization;
using FluentValidation;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Navigation;
using LaborPlattform.Shared.Web;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;

namespace LaborPlattform.Host.Composition;

/// <summary>Everything the host adds around the modules: messaging, UI, API plumbing, health.</summary>
internal static class PlatformRegistration
{
    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("en")];

    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddPlatformPolicies();
        services.AddPlatformMessaging();
        services.AddValidatorsFromAssemblyContaining<HostResource>(includeInternalTypes: true);
        FluentValidation.ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.GetCultureInfo("de");

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("de-DE");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // German unless the person chose English (language link in the footer); the browser's language is
            // deliberately not used, so citizens never get a half-translated page by accident.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        // A page lives in the folder of its use case (docs/adr/0008), so pages are found anywhere in the project, not only
        // under /Pages; their routes are absolute (@page "/intern/..."). The layout and shared partials are in /Shared.
        // Every page model says who may open it ([Authorize] or [AllowAnonymous]); an architecture test checks it.
        services.AddRazorPages(o => o.RootDirectory = "/");
        // Required fields are the commands' business (German messages, one rule set for forms and API); MVC's
        // implicit [Required] on non-nullable strings would add a second, English message.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        // German text stays readable in the HTML (ä, not &#xE4;); Razor still encodes everything that matters.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddHealthChecks();

        services.AddSingleton(new NavigationItem("Änderungsprotokoll", "/admin/protokoll", NavigationArea.Administration, 20, typeof(HostResource), Policies.Administrator));
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/fehler",
            StatusCodeSelector = ErrorStatus.For,
            // Refusals (not found, forbidden, …) are expected outcomes, not errors worth a stack trace in the log.
            SuppressDiagnosticsCallback = context => ErrorStatus.IsRefusal(context.Exception),
        });
        app.UseWhen(c => ApiRequests.IsApi(c.Request), api => api.UseStatusCodePages());
        app.UseWhen(c => !ApiRequests.IsApi(c.Request), pages => pages.UseStatusCodePagesWithReExecute("/fehler/{0}"));
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference().AllowAnonymous();
        }

        // Liveness: the process answers. Readiness: every module's database answers too.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

        app.MapGet("/sprache", (string culture, string? returnUrl, HttpContext http) =>
        {
            var chosen = Cultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase)) ?? Cultures[0];
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(returnUrl is not null && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).AllowAnonymous().ExcludeFromDescription();

        return app;
    }
}
