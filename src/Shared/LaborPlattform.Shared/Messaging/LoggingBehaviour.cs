using System.Diagnostics;
using LaborPlattform.Shared.Errors;
using Mediator;
using Microsoft.Extensions.Logging;

namespace LaborPlattform.Shared.Messaging;

/// <summary>
/// Logs which message ran, how long it took and how it ended. Only the message type is logged, never its
/// content: messages may carry personal data (contact persons, names of users).
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex) when (ex is ValidationFailedException or NotFoundException or ForbiddenException or ConflictException)
        {
            LogRefused(name, ex.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        catch (Exception ex)
        {
            LogFailed(ex, name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Message} handled in {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string message, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} refused ({Reason}) after {ElapsedMs:0.0} ms")]
    private partial void LogRefused(string message, string reason, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Message} failed after {ElapsedMs:0.0} ms")]
    private partial void LogFailed(Exception exception, string message, double elapsedMs);
}
