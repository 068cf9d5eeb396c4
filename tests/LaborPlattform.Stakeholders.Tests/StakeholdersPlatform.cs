using System.Collections.Concurrent;
using LaborPlattform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace LaborPlattform.Stakeholders.Tests;

/// <summary>The platform under test, with every log message (Information and up, executed SQL included) recorded, so tests can prove personal data never reaches a log.</summary>
public sealed class StakeholdersPlatform : PlatformFactory
{
    public LogRecorder Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Information);
            // Also the SQL an operator may switch on: parameter values must stay hidden there too.
            logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
            logging.AddProvider(Logs);
            // The recorder sees everything; the console stays at warnings so a failing test is not buried in SQL.
            logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        });
    }
}

public sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _messages);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            messages.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var value in values)
                {
                    messages.Enqueue($"{category}: {value.Key}={value.Value}");
                }
            }
        }
    }
}
