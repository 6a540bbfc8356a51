namespace OneStop.Domain.Checklist;

/// <summary>The two triggers of a checklist machine: a big "✅ Có" or "❌ Chưa có / Không".</summary>
public enum ChecklistAnswer
{
    Yes,
    No,
}
