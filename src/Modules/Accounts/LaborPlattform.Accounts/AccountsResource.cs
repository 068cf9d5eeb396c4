namespace LaborPlattform.Accounts;

/// <summary>Marker for the Accounts module's UI texts (German keys; translations in <c>Resources/AccountsResource.*.resx</c>).</summary>
public sealed class AccountsResource;
