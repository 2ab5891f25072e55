; Inno Setup 6 script: the Windows installer for ERP Desktop. UNTESTED (no
; Windows build machine yet); see packaging/README.md for the steps.
;
; Input: the one-folder bundle from `python packaging\build.py` on Windows
; (build\bundle\dist\erp-desktop\, holding erp-desktop.exe for the command line
; and erp-desktop-gui.exe for the start menu and double-clicked books).
; Compile:  iscc /DVersion=0.1.0 packaging\windows\erp-desktop.iss
; Output:   dist\erp-desktop-0.1.0-windows-x86_64-setup.exe

#ifndef Version
  #define Version "0.1.0"
#endif
#define AppId "io.github.erpdesktop.ErpDesktop"
#define Bundle "..\..\build\bundle\dist\erp-desktop"

[Setup]
AppId={#AppId}
AppName=ERP Desktop
AppVersion={#Version}
AppPublisher=ERP Desktop developers
; Per-user install: no administrator rights; the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\ERP Desktop
DefaultGroupName=ERP Desktop
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=erp-desktop-{#Version}-windows-x86_64-setup
SetupIconFile=..\..\build\bundle\icons\erp-desktop.ico
UninstallDisplayIcon={app}\erp-desktop-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Only the program folder: books live in %LOCALAPPDATA%\erp-desktop or wherever
; the user saved them, and the uninstaller removes only what is listed here.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ERP Desktop"; Filename: "{app}\erp-desktop-gui.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\ERP Desktop"; Filename: "{app}\erp-desktop-gui.exe"; Tasks: desktopicon

[Registry]
; .erpbook files open in ERP Desktop (per user, or machine-wide for all users).
Root: HKA; Subkey: "Software\Classes\.erpbook\OpenWithProgids"; ValueType: string; ValueName: "ErpDesktop.Book"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ErpDesktop.Book"; ValueType: string; ValueName: ""; ValueData: "ERP Desktop book"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ErpDesktop.Book\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\erp-desktop-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\ErpDesktop.Book\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\erp-desktop-gui.exe"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\erp-desktop-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".erpbook"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\erp-desktop-gui.exe"; Description: "{cm:LaunchProgram,ERP Desktop}"; Flags: nowait postinstall skipifsilent
