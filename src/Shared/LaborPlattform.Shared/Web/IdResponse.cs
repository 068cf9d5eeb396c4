namespace LaborPlattform.Shared.Web;

/// <summary>The body of a <c>201 Created</c>: the id of what was created.</summary>
public sealed record IdResponse(Guid Id);
