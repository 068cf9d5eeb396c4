using Mediator;

namespace LaborPlattform.Stakeholders.Contracts;

/// <summary>
/// A contact person was erased on request (GDPR Art. 17): the record is gone. Modules that keep a reference to
/// <paramref name="ContactPersonId"/> must drop or anonymise it. The notification carries no personal data.
/// </summary>
public sealed record ContactPersonErased(Guid ContactPersonId, Guid OrganisationId) : INotification;
