; Windows installer for OPOP Desktop (NSIS 3). Packs the PyInstaller one-folder build.
;   makensis /DVERSION=0.1.0 /DSRCDIR=..\dist\opop-desktop installer\opop-desktop.nsi
; Per-user install (no administrator rights needed on venue laptops); the data folder
; (%LOCALAPPDATA%\opop-desktop: database, backups, keys) is kept on uninstall.
Unicode true
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef SRCDIR
  !define SRCDIR "..\dist\opop-desktop"
!endif
!define APPNAME "OPOP Desktop"
!define PUBLISHER "Dinas Koperasi dan Usaha Kecil Provinsi Jawa Barat"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OPOPDesktop"

Name "${APPNAME} ${VERSION}"
OutFile "opop-desktop-${VERSION}-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\OPOP Desktop"
InstallDirRegKey HKCU "Software\OPOPDesktop" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"
; The application icon (installer/make_app_icon.py renders it from resources/icons/opop.svg).
!ifndef ICON
  !define ICON "..\resources\icons\opop.ico"
!endif
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\opop-desktop.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

Section "OPOP Desktop" SecMain
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}\*.*"
  WriteRegStr HKCU "Software\OPOPDesktop" "InstallDir" "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\OPOP Desktop"
  CreateShortcut "$SMPROGRAMS\OPOP Desktop\OPOP Desktop.lnk" "$INSTDIR\opop-desktop.exe"
  CreateShortcut "$SMPROGRAMS\OPOP Desktop\Panduan (docs).lnk" "$INSTDIR\_internal\docs"
  CreateShortcut "$SMPROGRAMS\OPOP Desktop\Hapus OPOP Desktop.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\OPOP Desktop.lnk" "$INSTDIR\opop-desktop.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Program files only: the data folder in %LOCALAPPDATA%\opop-desktop stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\opop-desktop.exe"
  Delete "$INSTDIR\opop.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir /r "$SMPROGRAMS\OPOP Desktop"
  Delete "$DESKTOP\OPOP Desktop.lnk"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\OPOPDesktop"
SectionEnd
