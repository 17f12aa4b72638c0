; Inno Setup 6 script of the Windows installer (packaging/README.md). From the repository root, after
; `pyinstaller --noconfirm packaging\roi_desktop.spec` has made dist\roi-desktop:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\roi-desktop.iss   → dist\roi-desktop-0.1.0-windows-x64-setup.exe
;
; Installs for the current user by default (no administrator rights, into %LOCALAPPDATA%\Programs); the
; first page offers an install for all users instead. Registers .roidb so that double-clicking a workspace
; opens it in ROI Desktop. Workspaces, settings and logs are the user's and stay on uninstall.

#ifndef AppVersion
  #error Pass the version to install: iscc /DAppVersion=0.1.0 roi-desktop.iss
#endif
#define AppName "ROI Desktop"
#define AppExe "roi-desktop.exe"
#define ProgId "ROIDesktop.Workspace"

[Setup]
; Never change AppId: Windows recognises updates and the uninstall entry by it.
AppId={{3859A063-15F4-452A-9BB8-26F8D937EC0D}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=ROI Desktop team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=roi-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\roi-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.WorkspaceType=ROI Desktop workspace
fr.WorkspaceType=Espace de travail ROI Desktop
en.OpenWith=Open with %1
fr.OpenWith=Ouvrir avec %1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\roi-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .roidb file type (HKA: the current user's classes, or the machine's for an all-users install).
Root: HKA; Subkey: "Software\Classes\.roidb"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.roidb"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-roi-desktop-workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.roidb\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:WorkspaceType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenWith,{#AppName}}"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; "Open with" lists the app for .roidb files only.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".roidb"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
