; Inno Setup 7 (or 6.3 and newer) script for Weiquan Desk (维权台): the installer of the PyInstaller
; bundle in dist\weiquan. installer\build.py compiles it and passes
;   /DAppVersion=<version in pyproject.toml>  /DNumericVersion=<its numbers, 1.2.0.0>
;   /DBundleDir=<dist\weiquan>  /DOutputDir=<dist>
;   /DChineseIsl=<ChineseSimplified.isl>
; Inno Setup 7 ships ChineseSimplified.isl in its Languages folder; for a 6.x compiler (CI uses the 6.4
; of the npm registry) build.py passes the path of a translation for that version.
;
; The user's database, evidence files and backups live in each user's %LOCALAPPDATA%\WeiquanDesk, never
; in the install folder, so neither an upgrade nor the uninstaller touches them.

#ifndef AppVersion
  #error Pass /DAppVersion=<version>: installer\build.py reads it from pyproject.toml
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\weiquan"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#ifndef ChineseIsl
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#endif

#define AppTitle "维权台 Weiquan Desk"
#define AppExe "weiquan.exe"

[Setup]
; Never change AppId: it is how a newer installer finds and replaces an installed version in place.
AppId={{DA873ADA-78D0-4CF9-BF06-280DDAD13F10}
AppName={#AppTitle}
AppVersion={#AppVersion}
AppVerName={#AppTitle} {#AppVersion}
AppPublisher=Weiquan Desk
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppTitle}
; For the current user by default (no administrator rights: %LOCALAPPDATA%\Programs\WeiquanDesk), or
; for all users (Program Files) when IT chooses so in the dialog or with /ALLUSERS. An upgrade keeps the
; mode and the folder of the installed version (UsePreviousPrivileges, UsePreviousAppDir).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousPrivileges=yes
DefaultDirName={autopf}\WeiquanDesk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.11 supports Windows 10 1809 (build 17763) and newer; it needs the system ICU of 1703+.
MinVersion=10.0.17763
; An upgrade may run while the application is open: Windows Restart Manager closes it first.
CloseApplications=yes
RestartApplications=no
OutputDir={#OutputDir}
OutputBaseFilename=WeiquanDesk-{#AppVersion}-setup
SetupIconFile={#SourcePath}..\app\resources\icons\weiquan.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppTitle}
WizardStyle=modern
Compression={#Compression}
SolidCompression=yes
; Both cores of an office PC or the build machine compress: the same format, about twice as fast.
LZMANumBlockThreads=2
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.ShortcutName=维权台
english.ShortcutName=Weiquan Desk
chinesesimplified.LaunchApp=启动维权台
english.LaunchApp=Start Weiquan Desk
chinesesimplified.DataKept=维权台已卸载。%n%n各用户的数据库、证据文件和备份仍保留在其用户文件夹下的 AppData\Local\WeiquanDesk 中，重新安装后可继续使用。如确定不再需要，可手动删除该文件夹。
english.DataKept=Weiquan Desk has been removed.%n%nEach user's database, evidence files and backups remain in their AppData\Local\WeiquanDesk folder and are used again after a new installation. Delete that folder by hand only if they are no longer needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the bundled libraries as a whole, so no file of the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; Comment: "{#AppTitle}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; Comment: "{#AppTitle}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program may have added inside the install folder (caches); user data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(ExpandConstant('{cm:DataKept}'), mbInformation, MB_OK);
end;
