// Version reported in serverInfo and by --version.
export const SERVER_VERSION = '0.1.0';
