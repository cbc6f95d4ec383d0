namespace LivePoll.Web.Realtime.Cluster;

/// <summary>
/// Tells the other instances about changes this one committed. One instance alone (no Redis configured) has no
/// one to tell: this base class does nothing.
/// </summary>
public class ClusterBus
{
    /// <summary>This instance, so that it skips its own messages.</summary>
    public Guid InstanceId { get; } = Guid.NewGuid();

    /// <summary>False for one instance alone: there is nothing to prepare for others.</summary>
    public virtual bool HasOtherInstances => false;

    public virtual void Publish(Func<Guid, ClusterMessage> message)
    {
    }
}
