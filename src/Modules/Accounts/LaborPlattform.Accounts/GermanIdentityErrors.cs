using Microsoft.AspNetCore.Identity;

namespace LaborPlattform.Accounts;

/// <summary>Identity's messages in German, for the forms that show them.</summary>
internal sealed class GermanIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Das Passwort muss mindestens {length} Zeichen lang sein." };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = "Für diese E-Mail-Adresse gibt es bereits ein Konto." };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = "Für diese E-Mail-Adresse gibt es bereits ein Konto." };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "Die E-Mail-Adresse ist ungültig." };

    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Der Link ist ungültig oder abgelaufen. Bitte fordern Sie bei der Administration einen neuen an." };

    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Das Konto wurde inzwischen geändert. Bitte laden Sie die Seite neu." };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Das bisherige Passwort ist falsch." };
}
