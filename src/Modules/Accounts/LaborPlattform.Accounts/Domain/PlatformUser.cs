using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Accounts.Domain;

/// <summary>A person who signs in: staff of labs, municipalities, the ministry and the platform's administrators.</summary>
internal sealed class PlatformUser : IdentityUser
{
    [Personal]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A disabled account cannot sign in, and its existing sessions end at their next request.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
