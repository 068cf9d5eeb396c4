// The module's own namespaces that nearly every use-case folder needs; the common ones are in src/Modules/Directory.Build.props.
global using LaborPlattform.Labs.Data;
global using LaborPlattform.Labs.Domain;
