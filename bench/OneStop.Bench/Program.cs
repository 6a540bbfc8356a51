using OneStop.Bench.Conversation;

// OneStop benchmarks: end to end over Telegram.Bot against a loopback fake Bot API. Not tests: they print figures.
//   dotnet run -c Release --project bench/OneStop.Bench [conversation]   replies to citizens: a burst, then a steady rate
//   dotnet run -c Release --project bench/OneStop.Bench broadcast        a notice to 10,000 subscribers at 30/s, kill -9 half way
//   dotnet run -c Release --project bench/OneStop.Bench zalo             Zalo webhook deliveries at 1,000/s for 10 s, replies flowing
//   dotnet run -c Release --project bench/OneStop.Bench chats            100,000 citizens writing once each: the bot's memory
//   dotnet run -c Release --project bench/OneStop.Bench soak [--minutes 3] an evening of faults and kill -9 (30 min by default)
//   dotnet run -c Release --project bench/OneStop.Bench transport        the burst answered by an echo bot: the transport's ceiling
return args.FirstOrDefault() switch
{
    null or "conversation" => await ConversationBench.RunAsync(args.Skip(1).ToArray(), Console.Out),
    "broadcast" => await OneStop.Bench.Broadcast.BroadcastBench.RunAsync(args.Skip(1).ToArray(), Console.Out),
    "chats" => await OneStop.Bench.Memory.ChatsBench.RunAsync(args.Skip(1).ToArray(), Console.Out),
    "soak" => await OneStop.Bench.Soak.SoakBench.RunAsync(args.Skip(1).ToArray(), Console.Out),
    "transport" => await OneStop.Bench.Transport.TransportBench.RunAsync(args.Skip(1).ToArray(), Console.Out),
    "zalo" => await OneStop.Bench.Zalo.ZaloBench.RunAsync(args.Skip(1).ToArray(), Console.Out),
    "transport-echo" => await OneStop.Bench.Transport.TransportBench.EchoAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: OneStop.Bench [conversation|broadcast|chats|soak|transport|zalo]");
    return 2;
}
