// The module's own namespaces that nearly every use-case folder needs; the common ones are in src/Modules/Directory.Build.props.
global using LaborPlattform.Shared.Labs;
global using LaborPlattform.Stakeholders.Data;
global using LaborPlattform.Stakeholders.Domain;
