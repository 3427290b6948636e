return 0;

/// <summary>Entry point of the monitor command-line tool.</summary>
public partial class Program;
