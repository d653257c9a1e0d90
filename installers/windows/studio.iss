; Inno Setup script of Studio's Windows installer (Inno Setup 6.5 or newer). Saved as UTF-8
; with a byte-order mark, which is how Inno Setup knows the Vietnamese text is UTF-8.
;
;   iscc installers\windows\studio.iss                   after `pyinstaller installers\studio.spec`
;   iscc /DAppVersion=0.1.0 installers\windows\studio.iss
;
; It installs the one-folder bundle that installers/studio.spec makes (dist\studio\) and
; writes dist\studio-<version>-setup.exe. The version is the one the spec wrote into
; studio.exe (from studio/__init__.py) unless /DAppVersion gives it, so the two cannot differ.
;
; The station's data — database, audio library, backups, speech cache — is not in the
; program folder but in the user's data folder, %LOCALAPPDATA%\Studio (studio/paths.py,
; platformdirs). So an upgrade replaces only the program files, and uninstalling leaves
; the data unless the person answers Yes to the question at the end, or /REMOVEDATA is given
; to a silent uninstall (unins000.exe /VERYSILENT /REMOVEDATA).
;
; Vietnamese.isl is Inno Setup's Vietnamese translation, which Inno Setup keeps among its
; unofficial languages and does not install: the workflow (.github/workflows/windows.yml)
; puts it beside this script before compiling.

#define AppName "Studio"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\studio"
#define MainExe "studio.exe"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + MainExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: build the bundle first (make bundle / pyinstaller installers\studio.spec) or pass /DAppVersion=X.Y.Z"
#endif

[Setup]
; the same AppId for every version: that is what makes a new installer upgrade the old one
AppId={{4E4903C4-AE2B-4B6F-8F94-4703286DDC98}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Studio
AppComments=Phòng thu cho đài truyền thanh cơ sở
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; per user by default (no administrator needed on a commune PC), for all users if chosen;
; either way the program folder is never the data folder (%LOCALAPPDATA%\Studio)
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=studio-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
UninstallDisplayIcon={app}\{#MainExe}
UninstallDisplayName={#AppName} {#AppVersion}
; a running Studio is closed (it asks to save an unfinished bulletin) before files are replaced
CloseApplications=yes
RestartApplications=no
; the per-user data folder is only touched at uninstall, after asking
UsedUserAreasWarning=no

[Languages]
Name: "vi"; MessagesFile: "Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.LaunchStudio=Mở Studio ngay
en.LaunchStudio=Start Studio now
vi.RemoveData=Có xoá luôn dữ liệu của đài không?%n%n%1%n%nThư mục này chứa cơ sở dữ liệu, thư viện âm thanh và các bản sao lưu. Chọn “Không” để giữ lại (nên giữ nếu sẽ cài lại Studio hoặc chuyển sang máy khác).
en.RemoveData=Also delete the station's data?%n%n%1%n%nThis folder holds the database, the audio library and the backups. Choose No to keep it (keep it if you will install Studio again or move to another PC).
vi.NotDataFolder=Không thể cài chương trình vào thư mục dữ liệu của đài (%1). Hãy chọn thư mục khác.
en.NotDataFolder=Studio cannot be installed into the station's data folder (%1). Choose another folder.
vi.SelfTest=Kiểm tra cài đặt Studio
en.SelfTest=Check the Studio installation

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; an upgrade starts from a clean program folder, so no module of the old version lingers;
; only program files live here (the data folder is elsewhere)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#MainExe}"; WorkingDir: "{app}"
; the console program runs the self-test and keeps the window open to show its result
Name: "{autoprograms}\{#AppName} — {cm:SelfTest}"; Filename: "{cmd}"; \
  Parameters: "/k ""{app}\studio-cli.exe"" --self-test"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#MainExe}"; WorkingDir: "{app}"; \
  Tasks: desktopicon

[Run]
Filename: "{app}\{#MainExe}"; Description: "{cm:LaunchStudio}"; \
  Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  { platformdirs.user_data_dir("Studio", appauthor=False) on Windows }
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and
     (CompareText(RemoveBackslash(WizardDirValue()), RemoveBackslash(DataFolder())) = 0) then
  begin
    MsgBox(FmtMessage(CustomMessage('NotDataFolder'), [DataFolder()]), mbError, MB_OK);
    Result := False;
  end;
end;

function RemoveDataAsked(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount() do
    if CompareText(ParamStr(I), '/REMOVEDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Folder := DataFolder();
  if not DirExists(Folder) then
    Exit;
  if RemoveDataAsked() or
     ((not UninstallSilent()) and
      (MsgBox(FmtMessage(CustomMessage('RemoveData'), [Folder]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES)) then
    DelTree(Folder, True, True, True);
end;
