package in.mrmentor.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Mas.class.getPackage().getImplementationVersion();
        return new String[] {"mas " + (version == null ? "development build" : version)};
    }
}
