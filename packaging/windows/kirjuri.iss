; Inno Setup script for Kirjuri on Windows (Inno Setup 6.3 or newer).
;
; Build the bundle first, on Windows, from the project folder:
;     py -m venv .venv && .venv\Scripts\pip install -e .[packaging]
;     .venv\Scripts\python tools\translations.py build --force
;     .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\kirjuri.spec
;     dist\kirjuri\kirjuri.exe --self-test   (exit code 0 = every step passed)
; then compile this script:
;     iscc /DAppVersion=0.1.0 packaging\windows\kirjuri.iss
; The installer lands in dist\installer\.
;
; THE USER'S REGISTER STAYS WHEN KIRJURI IS UNINSTALLED. The register (register.kirjuri with its
; .keys file), the settings and the logs live in the user's own folders, which platformdirs gives:
;     %LOCALAPPDATA%\Kirjuri\   (register, key slots, logs)   and the settings beside it.
; This script installs and removes only the program folder ({app}) and its shortcuts; it has no
; [UninstallDelete] entry for those folders on purpose. A customer register is business data that
; the Finnish Accounting Act and the GDPR oblige the business to keep or erase by its own decision,
; not as a side effect of removing a program. To move to a new computer, copy those folders.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Kirjuri"
#define AppExe "kirjuri.exe"
#define SourceDir "..\..\dist\kirjuri"

[Setup]
; A fixed AppId: upgrades replace the same installation instead of adding a second one.
AppId={{6E3B7C1A-4F52-4B8E-9C1D-2A7F0E5B9D31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kirjuri
VersionInfoVersion={#AppVersion}
; Per-user by default (no administrator needed); the dialog lets an administrator install for
; everyone on the machine instead (or /ALLUSERS, /CURRENTUSER on the command line).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; {autopf}: Program Files for everyone, %LOCALAPPDATA%\Programs for one user.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\kirjuri.ico
OutputDir=..\..\dist\installer
OutputBaseFilename=kirjuri-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running Kirjuri before replacing its files (the register is closed cleanly).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: kirjuri.exe and _internal\ (Qt, translations, resources, migrations).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms}: the Start menu for this user, or for everyone in a per-machine install.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: uninstalling removes {app} (what [Files] put there) and the
; shortcuts, and leaves the user's register, settings and logs where they are (see the top).
