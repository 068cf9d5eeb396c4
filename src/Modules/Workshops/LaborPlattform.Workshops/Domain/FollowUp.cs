namespace LaborPlattform.Workshops.Domain;

/// <param name="Task">What is to be done.</param>
/// <param name="OwnerOrganisationId">The organisation (Stakeholders module) that takes care of it: follow-ups are owned by organisations, not by named people.</param>
/// <param name="DueDate">By when.</param>
internal sealed record FollowUp(string Task, Guid OwnerOrganisationId, DateOnly DueDate);
