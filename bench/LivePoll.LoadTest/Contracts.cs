namespace LivePoll.LoadTest;

// The parts of the public contract (design.md) the load generator reads; unknown fields are ignored.

internal sealed record JoinRequest(string Code, string? Token = null);

internal sealed record JoinResponse(string ParticipantToken, QuestionPayload? CurrentQuestion, SubmitRequest? MyResponse);

internal sealed record QuestionPayload(Guid Id, string State, IReadOnlyList<OptionPayload> Options, string Type = "");

internal sealed record OptionPayload(Guid Id, string Text);

internal sealed record SubmitRequest(Guid QuestionId, IReadOnlyList<Guid>? OptionIds);

internal sealed record SubmitResult(bool Ok, string? Error);

internal sealed record QuestionResultsPayload(Guid QuestionId, int Participants, IReadOnlyList<OptionResultPayload> Options);

internal sealed record OptionResultPayload(Guid OptionId, int Phone, int Total);

internal sealed record EventResultsPayload(Guid EventId, IReadOnlyList<QuestionResultsPayload> Questions);

internal sealed record EventPayload(Guid Id, string Code, IReadOnlyList<SessionPayload> Sessions);

internal sealed record SessionPayload(Guid Id, IReadOnlyList<QuestionPayload> Questions);

internal sealed record LoginResponse(string AccessToken);

internal sealed record RuntimeStatus(
    long WorkingSetBytes,
    long ManagedHeapBytes,
    double CpuTimeMs,
    double GcPauseTotalMs,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    long JitCompiledMethods,
    double JitTimeMs,
    bool ServerGc,
    int ProcessorCount,
    int ConnectedPhones,
    int PendingWrites,
    double UptimeSeconds);
