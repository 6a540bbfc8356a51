using System.Globalization;
using OneStop.Domain.Content;
using OneStop.Domain.Online;
using OneStop.Domain.Understanding;

namespace OneStop.Bot.Content;

/// <summary>Reads one procedures/&lt;id&gt;.yaml file into a <see cref="Procedure"/>.</summary>
internal static class ProcedureReader
{
    private static readonly Dictionary<string, ProcedureKind> Kinds = new(StringComparer.Ordinal)
    {
        ["procedure"] = ProcedureKind.Procedure,
        ["routing"] = ProcedureKind.Routing,
    };

    private static readonly Dictionary<string, WritingHelp> WritingLevels = new(StringComparer.Ordinal)
    {
        ["yes"] = WritingHelp.Yes,
        ["partly"] = WritingHelp.Partly,
        ["no"] = WritingHelp.No,
    };

    private static readonly Dictionary<string, OnlineLevel> OnlineLevels = new(StringComparer.Ordinal)
    {
        ["toan-trinh"] = OnlineLevel.Full,
        ["mot-phan"] = OnlineLevel.Partial,
        ["khong"] = OnlineLevel.None,
        ["chua-ro-muc-do"] = OnlineLevel.Unstated,
    };

    public static Procedure? Read(YamlMap map, string fileId)
    {
        var id = map.Str("id");
        if (id != fileId)
        {
            map.Problem(map.WhereOf("id"), $"id '{id}' differs from the file name '{fileId}.yaml': make them the same.");
        }

        var writing = map.Map("writing_help");
        var online = map.Map("online");
        var postal = map.Map("postal");
        var sameDay = map.Map("same_day");
        var procedure = new Procedure
        {
            Id = id,
            PlanItem = map.Int("plan_item"),
            Kind = map.Enum("kind", Kinds, ProcedureKind.Procedure),
            Code = map.Str("code", required: false),
            Name = map.Str("name"),
            ShortName = map.Str("short_name"),
            Keywords = map.Strings("keywords"),
            Summary = FactReader.ReadOnly(map.Map("summary")),
            Documents = map.Maps("documents").Select(ReadDocument).ToList(),
            Fee = FactReader.ReadOnly(map.Map("fee")),
            FeeExemptions = map.Has("fee_exemptions") ? FactReader.ReadOnly(map.Map("fee_exemptions")) : null,
            Time = FactReader.ReadOnly(map.Map("time")),
            InPerson = FactReader.ReadOnly(map.Map("in_person")),
            WritingHelp = writing?.Enum("allowed", WritingLevels, WritingHelp.No) ?? WritingHelp.No,
            WritingHelpFact = Finish(writing),
            Online = new OnlineRoute(
                online?.Enum("level", OnlineLevels, OnlineLevel.None) ?? OnlineLevel.None,
                online?.OptionalStr("in_person_step"),
                Finish(online)),
            Postal = new PostalRoute(
                postal?.Bool("send_dossier") ?? false,
                postal?.Bool("receive_result") ?? false,
                Finish(postal)),
            SameDay = new SameDayRule(sameDay?.Bool("applies") ?? false, Finish(sameDay)),
            Notes = map.Maps("notes", required: false).Select(FactReader.ReadOnly).ToList(),
            Place = map.Has("place") ? FactReader.ReadOnly(map.Map("place")) : null,
            Answers = map.Maps("answers", required: false).Select(ReadAnswer).ToList(),
            Routes = map.Maps("routes", required: false).Select(ReadRoute).ToList(),
            Checklist = map.Map("checklist", required: false) is { } checklist ? ReadChecklist(checklist) : null,
            PageFee = map.Map("page_fee", required: false) is { } pageFee ? ReadPageFee(pageFee) : null,
            UnitFee = map.Map("unit_fee", required: false) is { } unitFee ? ReadUnitFee(unitFee) : null,
            OnlineFeeRelief = map.Map("online_fee_relief", required: false) is { } relief ? ReadFeeRelief(relief) : null,
            Origin = map.Where,
        };
        map.RejectUnknownKeys();
        return procedure;
    }

    private static Fact Finish(YamlMap? map)
    {
        if (map is null)
        {
            return Fact.Unsourced("");
        }

        var fact = FactReader.Read(map);
        map.RejectUnknownKeys();
        return fact;
    }

    private static RequiredDocument ReadDocument(YamlMap map)
    {
        var when = map.OptionalStr("when");
        var where = map.OptionalStr("where");
        var fact = FactReader.Read(map);
        map.RejectUnknownKeys();
        return new RequiredDocument(fact, string.IsNullOrEmpty(when) ? null : when, string.IsNullOrEmpty(where) ? null : where);
    }

    private static ProcedureAnswer ReadAnswer(YamlMap map)
    {
        var id = map.Str("id");
        var kindName = map.Str("kind", required: false);
        var kind = RequestKind.Detail;
        if (kindName.Length > 0 && (!RequestLabels.TryParseKind(kindName, out kind) || !MessageReader.IsProcedurePart(kind) || kind == RequestKind.Overview))
        {
            map.Problem(map.WhereOf("kind"), $"answer kind '{kindName}' is unknown: use a part of a procedure (documents, fee, duration, place, in_person, writing, online, post, deadline, validity, detail).");
            kind = RequestKind.Detail;
        }

        var asks = map.Strings("asks");
        var fact = FactReader.Read(map);
        map.RejectUnknownKeys();
        return new ProcedureAnswer(id, kind, asks, fact);
    }

    private static ProcedureRoute ReadRoute(YamlMap map)
    {
        var id = map.Str("id");
        var label = map.Str("label");
        var procedure = map.OptionalStr("procedure");
        var fact = FactReader.Read(map);
        map.RejectUnknownKeys();
        return new ProcedureRoute(id, label, string.IsNullOrEmpty(procedure) ? null : procedure, fact);
    }

    private static OneStop.Domain.Content.Checklist ReadChecklist(YamlMap map)
    {
        var start = map.Str("start");
        var questions = map.Maps("questions").Select(q =>
        {
            var question = new ChecklistQuestion(
                q.Str("id"),
                q.Str("ask"),
                q.Str("yes"),
                q.Str("no"),
                q.OptionalStr("missing_if_no"),
                q.OptionalStr("missing_if_yes"),
                q.OptionalStr("help"),
                q.Where);
            q.RejectUnknownKeys();
            return question;
        }).ToList();
        map.RejectUnknownKeys();
        return new OneStop.Domain.Content.Checklist(start, questions, map.Where);
    }

    private static PageFeeRule ReadPageFee(YamlMap map)
    {
        var rule = new PageFeeRule(
            map.Int("first_pages"),
            map.Int("first_page_price"),
            map.Int("next_page_price"),
            map.Int("max_per_copy"),
            FactReader.Read(map, textRequired: false));
        map.RejectUnknownKeys();
        return rule;
    }

    private static UnitFeeRule ReadUnitFee(YamlMap map)
    {
        var rule = new UnitFeeRule(map.Int("price"), map.Str("unit"), map.Strings("counted_as"), FactReader.Read(map, textRequired: false));
        map.RejectUnknownKeys();
        return rule;
    }

    private static OnlineFeeRelief? ReadFeeRelief(YamlMap map)
    {
        var from = Day(map, "from");
        var until = Day(map, "until");
        var fact = FactReader.Read(map);
        map.RejectUnknownKeys();
        if (from is null || until is null)
        {
            return null;
        }

        if (until < from)
        {
            map.Problem(map.WhereOf("until"), "'until' is before 'from': the waiver would never apply.");
            return null;
        }

        return new OnlineFeeRelief(from.Value, until.Value, fact);
    }

    private static DateOnly? Day(YamlMap map, string key)
    {
        var text = map.Str(key);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (text.Length > 0)
        {
            map.Problem(map.WhereOf(key), $"'{key}' should be a date written yyyy-mm-dd, not '{text}'.");
        }

        return null;
    }
}
