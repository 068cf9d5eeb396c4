using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace LaborPlattform.Reporting.Jobs;

/// <summary>
/// Hangfire keeps its log provider in a static field: with several hosts in one process (tests), the last host to start
/// logs for all of them, and once it is disposed every other host's Hangfire call (enqueueing a report, the dashboard)
/// failed with an <see cref="ObjectDisposedException"/> of that host's logger factory. This provider logs through the
/// host's factory as Hangfire's own does and stays silent once that factory is gone, so a disposed host never breaks a
/// living one. A production process has one host; its logging is unchanged.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name) => new SafeLog(_inner, name);

    private sealed class SafeLog(AspNetCoreLogProvider provider, string name) : ILog
    {
        private ILog? _log;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                _log ??= provider.GetLogger(name);
                return _log.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
