"""Services: functions taking a SQLAlchemy Session, returning plain dataclasses.
They flush but never open, commit or roll back sessions themselves."""
