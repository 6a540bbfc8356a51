namespace OneStop.Bot.Delivery;

/// <summary>
/// What became of a broadcast's messages so far, counted as their rows leave the outbox (so a restart neither
/// loses nor double-counts one). The runner reads it for the progress message and the final report.
/// </summary>
internal sealed class BroadcastTally
{
    private const int MaxReasons = 20;
    private const int MaxReasonLength = 200;

    /// <summary>The broadcast's id.</summary>
    public long Id { get; set; }

    public int Delivered { get; set; }

    public int Blocked { get; set; }

    public int Failed { get; set; }

    /// <summary>Not sent because the channel's window was closed (Zalo).</summary>
    public int OutsideWindow { get; set; }

    /// <summary>Of <see cref="Delivered"/>, those on a channel with a window, sent free.</summary>
    public int WindowFree { get; set; }

    /// <summary>Of <see cref="Delivered"/>, those on a channel with a window, sent billed.</summary>
    public int WindowBilled { get; set; }

    /// <summary>Why messages failed (Telegram's description) and how often; the report lists them.</summary>
    public List<FailureReason> Reasons { get; set; } = [];

    public int Finished => Delivered + Blocked + Failed + OutsideWindow;

    /// <summary>True when any message went to a channel with a window: the report then says how each fared.</summary>
    public bool MetAWindow => WindowFree + WindowBilled + OutsideWindow > 0;

    public void Count(BroadcastOutcome outcome, string reason, ChannelReach? window = null)
    {
        switch (outcome)
        {
            case BroadcastOutcome.Delivered:
                Delivered++;
                WindowFree += window == ChannelReach.Free ? 1 : 0;
                WindowBilled += window == ChannelReach.Billed ? 1 : 0;
                return;
            case BroadcastOutcome.OutsideWindow:
                OutsideWindow++;
                return;
            case BroadcastOutcome.Blocked:
                Blocked++;
                return;
            default:
                Failed++;
                break;
        }

        var why = string.IsNullOrWhiteSpace(reason) ? "?" : reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        if (Reasons.Find(r => r.Reason == why) is { } known)
        {
            known.Count++;
        }
        else if (Reasons.Count < MaxReasons)
        {
            Reasons.Add(new FailureReason { Reason = why, Count = 1 });
        }
        else
        {
            // Twenty different errors in one broadcast: the rest are counted under the last line.
            Reasons[^1].Count++;
        }
    }
}
