using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LaborPlattform.Host.Home;

/// <summary>The public start page: what the platform is, with links to the public areas of the modules.</summary>
[AllowAnonymous]
internal sealed class HomePage : PageModel;
