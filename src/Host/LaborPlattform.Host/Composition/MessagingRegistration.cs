using LaborPlattform.Shared.Messaging;
using Mediator;

namespace LaborPlattform.Host.Composition;

internal static class MessagingRegistration
{
    /// <summary>
    /// The in-process mediator. Its source generator runs here, in the host, and builds the dispatch for every
    /// request and notification of the listed assemblies (module internals are visible to the host). Handlers
    /// are scoped so they share the request's DbContexts. Every message passes logging, then validation.
    /// </summary>
    public static IServiceCollection AddPlatformMessaging(this IServiceCollection services)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.Namespace = "LaborPlattform.Host.Messaging";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.NotificationPublisherType = typeof(ForeachAwaitPublisher);
            // Every assembly that declares messages or handlers; a module joins the list with its first message.
            options.Assemblies =
            [
                typeof(Program),
                typeof(LaborPlattform.Accounts.AccountsModule),
                typeof(LaborPlattform.Accounts.Contracts.GetLabTeam),
                typeof(LaborPlattform.Labs.LabsModule),
                typeof(LaborPlattform.Labs.Contracts.GetLab),
                typeof(LaborPlattform.Stakeholders.StakeholdersModule),
                typeof(LaborPlattform.Stakeholders.Contracts.GetVenue),
                typeof(LaborPlattform.Reporting.ReportingModule),
                typeof(LaborPlattform.Projects.ProjectsModule),
                typeof(LaborPlattform.Projects.Contracts.GetSubProjectState),
                typeof(LaborPlattform.Workshops.WorkshopsModule),
                typeof(LaborPlattform.Workshops.Contracts.GetWorkshopStatistics),
            ];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(ValidationBehaviour<,>),
            ];
        });
        return services;
    }
}
