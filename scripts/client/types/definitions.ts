// Verity has no custom types: everything is in the runtime's metadata.
export {};
