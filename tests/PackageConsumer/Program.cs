// Runs each package README's example; .ci/run checks the lines they print.
// With --check-symbols FOLDER it checks the PDBs of unpacked symbol packages instead.
if (args is ["--check-symbols", var folder])
{
    return PackageConsumer.SymbolCheck.Run(folder);
}

Console.WriteLine("== PolicyKit");
PackageConsumer.CoreExample.Run();
Console.WriteLine("== PolicyKit.Catalogs.Qingdao");
PackageConsumer.QingdaoExample.Run();
Console.WriteLine("== PolicyKit.Extensions.DependencyInjection");
PackageConsumer.DependencyInjectionExample.Run();
Console.WriteLine("== PolicyKit.Testing");
PackageConsumer.TestingExample.Run();
Console.WriteLine("== PolicyKit.Testing.FluentAssertions");
PackageConsumer.FluentAssertionsExample.Run();
Console.WriteLine("== all examples ran");
return 0;
