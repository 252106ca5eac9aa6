"""Qt-free core: database, entities, services, import/export. Never imports Qt."""
