#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QList>

#include "protocol/clientsession.h"
#include "protocol/serverpolicy.h"
#include "protocol/serversession.h"

using namespace kurir::smtp;

namespace {

/// A submission server without TLS, so one transaction is pure protocol work: EHLO, AUTH
/// PLAIN, MAIL, three RCPT, DATA and QUIT.
StaticPolicy benchPolicy()
{
    StaticPolicy p;
    p.host = "smtp.gmail.example";
    p.localDomains = {"gmail.example"};
    p.passwords = {{"alice", "s3cret"}};
    p.authForMail = true;
    p.authNeedsTls = false;
    p.ext.startTls = false;
    return p;
}

QByteArray body2k()
{
    QByteArray content = "From: Alice <alice@gmail.example>\r\n"
                         "To: Bob <bob@yahoo.example>\r\n"
                         "Subject: Benchmark\r\n"
                         "\r\n";
    int line = 0;
    while (content.size() < 2048) {
        content += (line % 10 == 0 ? ".a line that starts with a dot" : "The quick brown fox jumps");
        content += " over the lazy dog, line ";
        content += QByteArray::number(line++);
        content += "\r\n";
    }
    content.truncate(2048);
    return content;
}

/// Moves bytes between the two sessions until both are quiet; returns the octets moved.
qint64 runTransaction(ClientSession &client, ServerSession &server)
{
    qint64 moved = 0;
    server.start();
    client.start();
    for (;;) {
        const QByteArray toServer = client.takeOutput();
        const QByteArray toClient = server.takeOutput();
        // A driver consumes the events as it goes; taking them is part of the cost.
        benchmark::DoNotOptimize(client.takeEvents());
        benchmark::DoNotOptimize(server.takeEvents());
        if (toServer.isEmpty() && toClient.isEmpty())
            break;
        if (!toServer.isEmpty())
            server.receive(toServer);
        if (!toClient.isEmpty())
            client.receive(toClient);
        moved += toServer.size() + toClient.size();
    }
    return moved;
}

ClientConfig benchConfig(bool pipelining)
{
    ClientConfig config;
    config.heloName = "laptop.gmail.example";
    config.startTls = false;
    config.user = "alice";
    config.password = "s3cret";
    config.usePipelining = pipelining;
    return config;
}

OutgoingMessage benchMessage()
{
    return {"alice@gmail.example",
            {"bob@yahoo.example", "carol@yahoo.example", "dave@outlook.example"},
            body2k()};
}

/// Did the transaction do what it should: the server queued one message (StaticPolicy counts
/// them) and closed after QUIT, and the client saw every recipient accepted?
bool succeeded(const ClientSession &client, const ServerSession &server, int queuedBefore,
               const StaticPolicy &policy)
{
    if (!client.messageAccepted() || !client.isDone() || !server.isClosed() ||
        policy.nextQueueId != queuedBefore + 1 || client.results().size() != 3)
        return false;
    for (const RecipientResult &r : client.results())
        if (r.status != RecipientResult::Status::Accepted)
            return false;
    return true;
}

void BM_SubmissionTransaction(benchmark::State &state)
{
    StaticPolicy policy = benchPolicy();
    const ClientConfig config = benchConfig(state.range(0) != 0);
    const OutgoingMessage message = benchMessage();
    qint64 bytes = 0;
    for (auto _ : state) {
        // New sessions every time, as for a new connection: nothing carries over but the
        // policy (the server's configuration and its queue-id counter).
        const int queuedBefore = policy.nextQueueId;
        ServerSession server(policy, "198.51.100.7");
        ClientSession client(config, message);
        bytes += runTransaction(client, server);
        if (!succeeded(client, server, queuedBefore, policy)) {
            state.SkipWithError("the transaction failed");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations()); // items_per_second = transactions/s
    state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_SubmissionTransaction)->Arg(1)->ArgName("pipelining");
BENCHMARK(BM_SubmissionTransaction)->Arg(0)->ArgName("pipelining");

/// The writes of each side during one real transaction, to replay into one side alone: how
/// the cost splits between client and server.
struct Recording
{
    QList<QByteArray> toClient;
    QList<QByteArray> toServer;
};

Recording record(const ClientConfig &config, const OutgoingMessage &message)
{
    StaticPolicy policy = benchPolicy();
    ServerSession server(policy, "198.51.100.7");
    ClientSession client(config, message);
    Recording r;
    server.start();
    client.start();
    for (;;) {
        const QByteArray toServer = client.takeOutput();
        const QByteArray toClient = server.takeOutput();
        if (toServer.isEmpty() && toClient.isEmpty())
            break;
        if (!toServer.isEmpty()) {
            r.toServer.append(toServer);
            server.receive(toServer);
        }
        if (!toClient.isEmpty()) {
            r.toClient.append(toClient);
            client.receive(toClient);
        }
    }
    return r;
}

void BM_ClientOnly(benchmark::State &state)
{
    const ClientConfig config = benchConfig(true);
    const OutgoingMessage message = benchMessage();
    const Recording rec = record(config, message);
    for (auto _ : state) {
        ClientSession client(config, message);
        client.start();
        for (const QByteArray &bytes : rec.toClient) {
            client.receive(bytes);
            benchmark::DoNotOptimize(client.takeOutput());
            benchmark::DoNotOptimize(client.takeEvents());
        }
        if (!client.messageAccepted()) {
            state.SkipWithError("the replay diverged");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ClientOnly);

void BM_ServerOnly(benchmark::State &state)
{
    StaticPolicy policy = benchPolicy();
    const Recording rec = record(benchConfig(true), benchMessage());
    for (auto _ : state) {
        const int queuedBefore = policy.nextQueueId;
        ServerSession server(policy, "198.51.100.7");
        server.start();
        for (const QByteArray &bytes : rec.toServer) {
            server.receive(bytes);
            benchmark::DoNotOptimize(server.takeOutput());
            benchmark::DoNotOptimize(server.takeEvents());
        }
        if (policy.nextQueueId != queuedBefore + 1 || !server.isClosed()) {
            state.SkipWithError("the replay diverged");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ServerOnly);

void BM_EncodeData2k(benchmark::State &state)
{
    const QByteArray content = body2k();
    for (auto _ : state)
        benchmark::DoNotOptimize(ClientSession::encodeData(content));
    state.SetBytesProcessed(state.iterations() * content.size());
}
BENCHMARK(BM_EncodeData2k);

} // namespace

BENCHMARK_MAIN();
