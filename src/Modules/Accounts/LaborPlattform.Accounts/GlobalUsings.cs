// The module's own namespaces that nearly every use-case folder needs; the common ones are in src/Modules/Directory.Build.props.
global using LaborPlattform.Accounts.Data;
global using LaborPlattform.Accounts.Domain;
