namespace OneStop.Domain.Checklist;

public enum ChecklistPressKind
{
    /// <summary>"✅ Kiểm tra hồ sơ" on a card: start, or continue where the citizen left off.</summary>
    Open,

    /// <summary>"Which procedure?": the list of procedures that have a checklist.</summary>
    Pick,

    Answer,

    /// <summary>"⬅️ Câu trước": undo the last answer (or the last number typed).</summary>
    Back,

    /// <summary>"🔄 Làm lại": forget this procedure's answers and start again.</summary>
    Again,

    Pages,

    Copies,
}
