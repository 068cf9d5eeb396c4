using Mediator;

namespace LaborPlattform.Testing;

/// <summary>Stands in for the mediator's publisher to see which notifications a handler publishes.</summary>
public sealed class RecordingPublisher : IPublisher
{
    public List<object> Published { get; } = [];

    public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        Published.Add(notification);
        return ValueTask.CompletedTask;
    }

    public ValueTask Publish(object notification, CancellationToken cancellationToken = default)
    {
        Published.Add(notification);
        return ValueTask.CompletedTask;
    }
}
