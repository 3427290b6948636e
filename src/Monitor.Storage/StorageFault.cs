using System.Net.Sockets;
using Azure;

namespace Monitor.Storage;

/// <summary>
/// Why a store failed, in Chinese for the office: the Azure SDK gives an AggregateException of retries, the file
/// system an IOException, neither of which an official can act on. The English detail goes to the log, not here.
/// </summary>
public static class StorageFault
{
    public static string Describe(Exception fault)
    {
        var all = Flatten(fault).ToList();
        if (all.OfType<SocketException>().FirstOrDefault() is { } socket)
        {
            return socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "无法连接（连接被拒绝，存储服务可能未启动）",
                SocketError.HostNotFound or SocketError.NoData => "无法连接（域名无法解析）",
                SocketError.TimedOut => "连接超时",
                _ => $"网络错误（{socket.SocketErrorCode}）",
            };
        }
        if (all.OfType<RequestFailedException>().FirstOrDefault(e => e.Status > 0) is { } request)
        {
            return request.Status switch
            {
                401 or 403 => $"存储拒绝访问（HTTP {request.Status}，请检查连接字符串或托管标识的权限）",
                404 => $"存储中找不到所需的容器或表（HTTP 404 {request.ErrorCode}）",
                _ => $"存储返回错误（HTTP {request.Status} {request.ErrorCode}）",
            };
        }
        if (all.OfType<RequestFailedException>().Any() || all.OfType<HttpRequestException>().Any()) return "无法连接存储服务";
        if (all.OfType<TaskCanceledException>().Any() || all.OfType<TimeoutException>().Any()) return "存储响应超时";
        if (all.OfType<UnauthorizedAccessException>().Any()) return "没有读写权限";
        if (all.OfType<DirectoryNotFoundException>().Any()) return "文件夹不存在或已被移走";
        if (all.OfType<IOException>().FirstOrDefault() is { } io)
            return io.HResult is 28 or unchecked((int)0x80070070) ? "磁盘空间不足" : "读写文件失败";
        return "读写失败";
    }

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        yield return e;
        var inner = e is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)(e.InnerException is { } i ? [i] : []);
        foreach (var child in inner)
        {
            foreach (var nested in Flatten(child)) yield return nested;
        }
    }
}
