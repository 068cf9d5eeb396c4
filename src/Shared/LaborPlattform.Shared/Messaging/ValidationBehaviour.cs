using FluentValidation;
using LaborPlattform.Shared.Errors;
using Mediator;

namespace LaborPlattform.Shared.Messaging;

/// <summary>
/// Runs every FluentValidation validator registered for a message before its handler; a failure never reaches
/// the handler, so nothing is written. Rules that need the database stay in the handler.
/// </summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        Dictionary<string, List<string>>? errors = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            foreach (var failure in result.Errors)
            {
                errors ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                var field = FieldNames.ToClient(failure.PropertyName);
                if (!errors.TryGetValue(field, out var list))
                {
                    list = [];
                    errors[field] = list;
                }

                list.Add(failure.ErrorMessage);
            }
        }

        if (errors is not null)
        {
            throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        return await next(message, cancellationToken);
    }
}
