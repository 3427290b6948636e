using System.Net;
using System.Net.Sockets;

namespace Monitor.Crawling.Fetching;

/// <summary>
/// Resolves and connects for the crawler's socket handler, refusing internal addresses (<see cref="InternalAddresses"/>)
/// unless the registry names one. The host allow-list checks names; this checks where a name actually leads, on every
/// connection, so a registered domain re-pointed at 10.0.0.5 or the cloud metadata address reaches nothing.
/// </summary>
public sealed class ConnectGuard(AllowedHostsOptions allowed, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> resolve = resolve ?? ((host, ct) => Dns.GetHostAddressesAsync(host, ct));

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await resolve(host, cancellationToken).ConfigureAwait(false);
        var usable = allowed.AllowsInternalAddressesOf(host) ? addresses : addresses.Where(a => !InternalAddresses.IsInternal(a)).ToArray();
        if (usable.Length == 0)
            throw new CrawlRefusedException(addresses.Length == 0
                ? $"主机 {host} 无法解析"
                : $"主机 {host} 解析到内部网络地址（{addresses[0]}），不予访问");
        SocketException? last = null;
        foreach (var address in usable)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }
}
