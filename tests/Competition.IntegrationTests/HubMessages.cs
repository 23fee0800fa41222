using System.Threading.Channels;
using Competition.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.IntegrationTests;

/// <summary>A real SignalR client that joins a competition and collects one kind of message.</summary>
internal class HubMessages<T> : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ChannelReader<T> _messages;

    protected HubMessages(HubConnection connection, ChannelReader<T> messages) => (Connection, _messages) = (connection, messages);

    public HubConnection Connection { get; }

    /// <summary>Connects to <paramref name="hub"/> (e.g. /hubs/leaderboard), invokes <paramref name="join"/>
    /// (Watch, Join) for the competition and collects <paramref name="method"/> messages.</summary>
    public static async Task<HubMessages<T>> ConnectAsync(PlatformFactory host, string hub, string join, string method, long competitionId,
        string? token = null, bool messagePack = false) =>
        await ConnectAsync(host, hub, join, competitionId, token, messagePack, Listen(method), (c, r) => new HubMessages<T>(c, r));

    /// <summary>Collects every <paramref name="method"/> message as it arrives.</summary>
    protected static Action<HubConnection, ChannelWriter<T>> Listen(string method) =>
        (connection, messages) => connection.On<T>(method, m => messages.TryWrite(m));

    protected static async Task<TStream> ConnectAsync<TStream>(PlatformFactory host, string hub, string join, long competitionId,
        string? token, bool messagePack, Action<HubConnection, ChannelWriter<T>> listen, Func<HubConnection, ChannelReader<T>, TStream> create)
    {
        var builder = new HubConnectionBuilder().WithUrl(new Uri(host.BaseAddress, hub), o => o.AccessTokenProvider = () => Task.FromResult(token));
        var connection = (messagePack ? builder.AddMessagePackProtocol() : builder.AddJsonProtocol(o => o.PayloadSerializerOptions = PlatformClient.Json)).Build();
        var channel = Channel.CreateUnbounded<T>();
        listen(connection, channel.Writer);
        await connection.StartAsync(TestContext.Current.CancellationToken);
        await connection.InvokeAsync(join, competitionId, TestContext.Current.CancellationToken);
        return create(connection, channel.Reader);
    }

    /// <summary>The next message as the server sent it.</summary>
    public async Task<T> RawAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        return await _messages.ReadAsync(timeout.Token);
    }

    /// <summary>Every message received and not read yet.</summary>
    public List<T> Drain()
    {
        var received = new List<T>();
        while (_messages.TryRead(out var message))
        {
            received.Add(message);
        }
        return received;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
