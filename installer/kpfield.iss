; Inno Setup script: a per-user kpfield installer that needs no administrator rights.
;
; Compile on Windows after `pyinstaller build.spec` has made dist\kpfield\:
;   ISCC.exe /DAppVersion=0.1.0 installer\kpfield.iss
; It writes installer\Output\kpfield-<version>-setup.exe.
;
; Silent installation, for IT officers (see README, "Installing on Windows"):
;   kpfield-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/TASKS="desktopicon"] [/DIR="..."]
; Silent removal:
;   "%LOCALAPPDATA%\Programs\kpfield\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=X.Y.Z installer\kpfield.iss
#endif

[Setup]
; Never change AppId: Windows recognises upgrades of the same program by it.
AppId={{3F6B1C52-8E0A-4F7D-9B61-5D2C9A4E7B10}
AppName=kpfield
AppVersion={#AppVersion}
AppVerName=kpfield {#AppVersion}
AppPublisher=kpfield
; Per user: {autopf} is %LOCALAPPDATA%\Programs when no administrator rights are asked for.
PrivilegesRequired=lowest
DefaultDirName={autopf}\kpfield
DefaultGroupName=kpfield
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=Output
OutputBaseFilename=kpfield-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\kpfield.exe
UninstallDisplayName=kpfield {#AppVersion}
; The program must not be running while its files are replaced.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. Inventories are never here: they live in the user's data folder
; (%LOCALAPPDATA%\kpfield), which neither an upgrade nor the uninstaller touches.
Source: "..\dist\kpfield\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's files wholesale, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\kpfield"; Filename: "{app}\kpfield.exe"
Name: "{autoprograms}\kpfield (console)"; Filename: "{cmd}"; Parameters: "/k ""{app}\kpfield-console.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\kpfield"; Filename: "{app}\kpfield.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kpfield.exe"; Description: "{cm:LaunchProgram,kpfield}"; Flags: nowait postinstall skipifsilent
