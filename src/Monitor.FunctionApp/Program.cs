using Monitor.FunctionApp.CustomHandler;

var builder = WebApplication.CreateSlimBuilder(args);
builder.UseCustomHandlerPort();

var app = builder.Build();
app.MapReadiness();
app.Run();

/// <summary>The function app: an Azure Functions custom handler that also runs standalone.</summary>
public partial class Program;
